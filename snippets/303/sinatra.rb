require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 303
    json message: 'See Other'
end
