require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 411
    json message: 'Length Required'
end
