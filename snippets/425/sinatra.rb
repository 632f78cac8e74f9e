require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 425
    json message: 'Too Early'
end
